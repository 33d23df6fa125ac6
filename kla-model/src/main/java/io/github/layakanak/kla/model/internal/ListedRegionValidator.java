package io.github.layakanak.kla.model.internal;

import io.github.layakanak.kla.model.Region;
import io.github.layakanak.kla.model.RegionEdition;
import io.github.layakanak.kla.model.RegionRegistry;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.validation.ListedRegion;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Validates {@link ListedRegion}: the code against every edition's registry (with the regions of one's own), then
 * the name and the province against the regions the editions list under that code.
 */
public final class ListedRegionValidator implements ConstraintValidator<ListedRegion, Submission> {

    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern TEMPLATE_SYNTAX = Pattern.compile("[\\\\{}$]");

    /** Creates the validator; the Jakarta Validation provider calls this. */
    public ListedRegionValidator() {
    }

    @Override
    public boolean isValid(Submission submission, ConstraintValidatorContext context) {
        Region given = submission.region();
        List<Region> listed = new ArrayList<>();
        List<RegionRegistry> registries = new ArrayList<>();
        for (RegionEdition edition : RegionEdition.values()) {
            RegionRegistry registry = RegionRegistry.of(edition);
            registry.find(given.code()).ifPresent(region -> {
                listed.add(region);
                registries.add(registry);
            });
        }
        if (listed.isEmpty()) {
            report(context, "code", "{kla.ListedRegion.code.message}");
            return false;
        }
        boolean valid = true;
        boolean named = false;
        for (int i = 0; i < listed.size() && !named; i++) {
            named = registries.get(i).findAllByName(given.name()).contains(listed.get(i));
        }
        // A blank name or province is NotBlank's to report.
        if (!named && !given.name().isBlank()) {
            valid = false;
            report(context, "name", "{kla.ListedRegion.name.message} " + literal(listed.get(0).name()));
        }
        boolean placed = listed.stream().anyMatch(region -> letters(region.province()).equals(letters(given.province())));
        if (!placed && !given.province().isBlank()) {
            valid = false;
            report(context, "province", "{kla.ListedRegion.province.message} " + literal(listed.get(0).province()));
        }
        return valid;
    }

    private static void report(ConstraintValidatorContext context, String field, String template) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(template)
                .addPropertyNode("region").addPropertyNode(field)
                .addConstraintViolation();
    }

    /** A name as literal text in a message template, whatever it holds. */
    static String literal(String text) {
        return TEMPLATE_SYNTAX.matcher(text).replaceAll("\\\\$0");
    }

    private static String letters(String name) {
        return NOT_A_LETTER.matcher(name.toUpperCase(Locale.ROOT)).replaceAll("");
    }
}
