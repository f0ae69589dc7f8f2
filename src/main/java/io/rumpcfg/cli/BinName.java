package io.rumpcfg.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** One name of {@code --bins}: blanks around it dropped ({@code --bins "a, b"}), and never empty. */
final class BinName implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
        String name = value.strip();
        if (name.isEmpty()) {
            throw new TypeConversionException("an empty name in --bins; give the baked binaries' names, comma-separated");
        }
        return name;
    }
}
