package io.github.layakanak.kla.scoring;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.json.KlaJson;
import io.github.layakanak.kla.scoring.internal.Hashing;
import io.github.layakanak.kla.scoring.pack.OverlayStamp;
import io.github.layakanak.kla.scoring.pack.RulePack;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a score can be reproduced from: the pack's id and the SHA-256 of its parameters (and of the overlay
 * applied to them), the engine's version, and the SHA-256 of the submission in its canonical JSON form.
 *
 * <p>The submission's hash is computed the first time it is read (or the stamp is written), not while scoring.
 */
@JsonPropertyOrder({"packId", "packSha256", "overlay", "engineVersion", "submissionSha256"})
public final class Stamp {

    private final String packId;
    private final String packSha256;
    private final Optional<OverlayStamp> overlay;
    private final String engineVersion;
    private final Supplier<String> submissionHash;
    private volatile String submissionSha256;

    private Stamp(String packId, String packSha256, Optional<OverlayStamp> overlay, String engineVersion,
            Supplier<String> submissionHash) {
        this.packId = requireNonNull(packId, "packId");
        this.packSha256 = requireNonNull(packSha256, "packSha256");
        this.overlay = requireNonNull(overlay, "overlay");
        this.engineVersion = requireNonNull(engineVersion, "engineVersion");
        this.submissionHash = submissionHash;
    }

    /**
     * Creates a stamp from its values, as read back from a scorecard's JSON.
     *
     * @param packId           the pack's id
     * @param packSha256       the SHA-256 of the pack's parameters
     * @param overlay          the overlay applied, if any
     * @param engineVersion    the engine's version
     * @param submissionSha256 the SHA-256 of the canonical submission
     * @return the stamp
     */
    @JsonCreator
    public static Stamp of(@JsonProperty("packId") String packId, @JsonProperty("packSha256") String packSha256,
            @JsonProperty("overlay") Optional<OverlayStamp> overlay,
            @JsonProperty("engineVersion") String engineVersion,
            @JsonProperty("submissionSha256") String submissionSha256) {
        requireNonNull(submissionSha256, "submissionSha256");
        return new Stamp(packId, packSha256, overlay, engineVersion, () -> submissionSha256);
    }

    /**
     * Creates the stamp of a pack and a submission, hashing the submission only when asked.
     *
     * @param pack       the pack
     * @param submission the submission
     * @return the stamp
     */
    static Stamp of(RulePack pack, Submission submission) {
        requireNonNull(submission, "submission");
        return new Stamp(pack.id(), pack.sha256(), pack.findOverlay(), EngineVersion.VALUE,
                () -> Hashing.sha256(KlaJson.write(submission)));
    }

    /**
     * Returns the pack's id.
     *
     * @return the id
     */
    @JsonProperty
    public String packId() {
        return packId;
    }

    /**
     * Returns the SHA-256 of the pack's parameters, with any overlay and switches applied.
     *
     * @return 64 lower-case hexadecimal digits
     */
    @JsonProperty
    public String packSha256() {
        return packSha256;
    }

    /**
     * Returns the overlay applied to the pack, if any.
     *
     * @return the overlay's stamp
     */
    @JsonProperty
    public Optional<OverlayStamp> overlay() {
        return overlay;
    }

    /**
     * Returns the version of the engine that scored.
     *
     * @return the version, such as {@code 0.1.0-SNAPSHOT}
     */
    @JsonProperty
    public String engineVersion() {
        return engineVersion;
    }

    /**
     * Returns the SHA-256 of the submission in its canonical JSON form, computing it on first use.
     *
     * @return 64 lower-case hexadecimal digits
     */
    @JsonProperty
    public String submissionSha256() {
        String hash = submissionSha256;
        if (hash == null) {
            hash = submissionHash.get();
            submissionSha256 = hash;
        }
        return hash;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Stamp s && packId.equals(s.packId) && packSha256.equals(s.packSha256)
                && overlay.equals(s.overlay) && engineVersion.equals(s.engineVersion)
                && submissionSha256().equals(s.submissionSha256());
    }

    @Override
    public int hashCode() {
        return Objects.hash(packId, packSha256, overlay, engineVersion, submissionSha256());
    }

    @Override
    public String toString() {
        return "Stamp[" + packId + " " + packSha256 + " engine " + engineVersion + " submission "
                + submissionSha256() + "]";
    }
}
