package io.github.layakanak.kla.model;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.validation.LegalityForValidRegulation;
import io.github.layakanak.kla.model.validation.Sha256;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A supporting document (data dukung) attached to an answer, with what each stage's verifier found of it.
 *
 * <p>A regulation-type document (Perda, Perkada, SK, instruction, circular) without its number and issue date
 * lacks legality and cannot be {@link VerificationStatus#VALID valid}: validation reports it.
 *
 * @param type         what kind of document it is
 * @param title        its title, as written on it
 * @param number       its document number ({@code "Nomor 12 Tahun 2021"}), when it has one
 * @param issuedOn     the date it was issued or signed, when known
 * @param issuer       who issued it ({@code "Wali Kota Batam"}), when known
 * @param link         where the file can be fetched, when uploaded
 * @param sha256       the SHA-256 of the file, 64 lower-case hexadecimal digits, when known
 * @param verification what the verifier found at each stage; a stage not listed is
 *                     {@link Verification#PENDING pending}
 */
@LegalityForValidRegulation
public record Evidence(
        EvidenceType type,
        @NotBlank(message = "{kla.Title.message}") String title,
        Optional<String> number,
        Optional<LocalDate> issuedOn,
        Optional<String> issuer,
        Optional<URI> link,
        Optional<@Sha256 String> sha256,
        Map<Stage, @Valid Verification> verification) {

    /**
     * Creates an {@code Evidence}, copying its collections.
     *
     * @param type what kind of document it is
     * @param title its title, as written on it
     * @param number its document number ({@code "Nomor 12 Tahun 2021"}), when it has one
     * @param issuedOn the date it was issued or signed, when known
     * @param issuer who issued it ({@code "Wali Kota Batam"}), when known
     * @param link where the file can be fetched, when uploaded
     * @param sha256 the SHA-256 of the file, 64 lower-case hexadecimal digits, when known
     * @param verification what the verifier found at each stage; a stage not listed is {@link Verification#PENDING pending}
     * @throws NullPointerException if an argument, or an element of a collection, is null
     */
    public Evidence {
        requireNonNull(type, "type");
        requireNonNull(title, "title");
        requireNonNull(number, "number");
        requireNonNull(issuedOn, "issuedOn");
        requireNonNull(issuer, "issuer");
        requireNonNull(link, "link");
        requireNonNull(sha256, "sha256");
        EnumMap<Stage, Verification> copy = new EnumMap<>(Stage.class);
        requireNonNull(verification, "verification").forEach((stage, found) ->
                copy.put(requireNonNull(stage, "verification key"), requireNonNull(found, "verification value")));
        verification = Collections.unmodifiableMap(copy);
    }

    /**
     * A regulation-type document, or any other, with its number and issue date and nothing verified yet.
     *
     * @param type     what kind of document it is
     * @param title    its title
     * @param number   its document number
     * @param issuedOn the date it was issued
     * @return the evidence, pending at every stage
     */
    public static Evidence of(EvidenceType type, String title, String number, LocalDate issuedOn) {
        return new Evidence(type, title, Optional.of(number), Optional.of(issuedOn), Optional.empty(),
                Optional.empty(), Optional.empty(), Map.of());
    }

    /**
     * Returns what the verifier of one stage recorded, and only that stage.
     *
     * @param stage the stage
     * @return the verification recorded for that stage, or {@link Verification#PENDING} when none is
     * @see #verdictAt(Stage)
     */
    public Verification verificationAt(Stage stage) {
        return verification.getOrDefault(requireNonNull(stage, "stage"), Verification.PENDING);
    }

    /**
     * Returns the verdict that stands at a stage: what the last verifier up to that stage found. A document found
     * valid at the administrative verification stays valid at the field verification until someone finds
     * otherwise. This is what the rule packs count.
     *
     * @param stage the stage
     * @return the last verification recorded at that stage or before it, or {@link Verification#PENDING} when
     *         nobody has checked the document yet
     */
    public Verification verdictAt(Stage stage) {
        requireNonNull(stage, "stage");
        Verification verdict = Verification.PENDING;
        for (Map.Entry<Stage, Verification> entry : verification.entrySet()) {
            if (entry.getKey().compareTo(stage) <= 0) {
                verdict = entry.getValue();
            }
        }
        return verdict;
    }

    /**
     * Tells whether the document carries its legality: a number and an issue date.
     *
     * @return {@code true} when both are present and the number is not blank
     */
    public boolean hasLegality() {
        return number.filter(n -> !n.isBlank()).isPresent() && issuedOn.isPresent();
    }

    /**
     * Returns a copy with the verifier's finding at one stage recorded.
     *
     * @param stage the stage
     * @param found what the verifier found
     * @return the new evidence
     */
    public Evidence withVerification(Stage stage, Verification found) {
        EnumMap<Stage, Verification> copy = new EnumMap<>(Stage.class);
        copy.putAll(verification);
        copy.put(requireNonNull(stage, "stage"), requireNonNull(found, "found"));
        return new Evidence(type, title, number, issuedOn, issuer, link, sha256, copy);
    }
}
