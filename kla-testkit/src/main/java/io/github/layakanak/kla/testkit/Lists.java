package io.github.layakanak.kla.testkit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** How a list made by {@link Gen#listOf(Gen, int, int)} shrinks: shorter first, then value by value. */
final class Lists {

    private Lists() {
    }

    static <T> Stream<List<T>> shrink(List<T> list, int min, Gen<T> element) {
        Set<List<T>> shorter = new LinkedHashSet<>();
        int size = list.size();
        if (size > min) {
            shorter.add(List.copyOf(list.subList(0, min)));
            if (size / 2 >= min) {
                shorter.add(List.copyOf(list.subList(0, size / 2)));
                shorter.add(List.copyOf(list.subList(size - size / 2, size)));
            }
            for (int i = 0; i < size; i++) {
                List<T> fewer = new ArrayList<>(list);
                fewer.remove(i);
                shorter.add(List.copyOf(fewer));
            }
        }
        shorter.remove(list);
        Stream<List<T>> simpler = Stream.iterate(0, i -> i < size, i -> i + 1).flatMap(i ->
                element.shrink(list.get(i)).map(v -> {
                    List<T> changed = new ArrayList<>(list);
                    changed.set(i, v);
                    return List.copyOf(changed);
                }));
        return Stream.concat(shorter.stream(), simpler);
    }
}
