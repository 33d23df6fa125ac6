package io.github.layakanak.kla.scoring.pack;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * The evaluation round a pack governs: the year of the evaluation, the year of the data it scores (the year
 * before), the year the ranks are awarded, and the round's calendar.
 *
 * @param evaluationYear the evaluation year
 * @param dataYear       the year of the data scored
 * @param awardYear      the year the ranks are awarded
 * @param calendar       the windows of the round, in order
 * @param provenance     where the dates come from
 */
public record Round(int evaluationYear, int dataYear, int awardYear, List<Window> calendar,
        Provenance provenance) {

    /**
     * One window of the calendar, such as the self-assessment or the field verification.
     *
     * @param id    the window's id ({@code "SELF_ASSESSMENT"}, {@code "FIELD_VERIFICATION"}, {@code "AWARD"})
     * @param label the window's name in Indonesian and English
     * @param from  its first day
     * @param to    its last day
     */
    public record Window(String id, Message.Text label, LocalDate from, LocalDate to) {

        /**
         * Creates a window.
         *
         * @param id    its id
         * @param label its name
         * @param from  its first day
         * @param to    its last day
         * @throws NullPointerException if an argument is null
         */
        public Window {
            requireNonNull(id, "id");
            requireNonNull(label, "label");
            requireNonNull(from, "from");
            requireNonNull(to, "to");
        }
    }

    /**
     * Creates a round.
     *
     * @param evaluationYear the evaluation year
     * @param dataYear       the data year
     * @param awardYear      the award year
     * @param calendar       the windows
     * @param provenance     where the dates come from
     * @throws NullPointerException if an argument is null
     */
    public Round {
        calendar = List.copyOf(calendar);
        requireNonNull(provenance, "provenance");
    }
}
