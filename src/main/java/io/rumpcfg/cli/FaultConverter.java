package io.rumpcfg.cli;

import io.rumpcfg.testing.Fault;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --fail STEP_ID=ERRNO}, checked by {@link Fault#parse}. */
final class FaultConverter implements ITypeConverter<Fault> {
    @Override
    public Fault convert(String value) {
        try {
            return Fault.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
