package io.rumpcfg.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rumpcfg.platform.Errno;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FaultTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "mount:/data=EIO      | mount:/data    | EIO    | false",
        "writeFile=ENOSPC     | writeFile      | ENOSPC | true",
        "net.dns=EACCES       | net.dns        | EACCES | false",
        "env:A=B=EINVAL       | env:A=B        | EINVAL | false",
        "mount=ENXIO          | mount          | ENXIO  | true",
    })
    void parsesTargetAndErrno(String spec, String target, Errno errno, boolean call) {
        Fault fault = Fault.parse(spec);

        assertThat(fault.target()).isEqualTo(target);
        assertThat(fault.errno()).isEqualTo(errno);
        assertThat(fault.isCallFault()).isEqualTo(call);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "rc:0          | expected STEP_ID=ERRNO or CALL=ERRNO, got \"rc:0\"",
        "=EIO          | expected STEP_ID=ERRNO or CALL=ERRNO, got \"=EIO\"",
        "rc:0=         | expected STEP_ID=ERRNO or CALL=ERRNO, got \"rc:0=\"",
        "rc:0=EWHAT    | unknown errno \"EWHAT\" in \"rc:0=EWHAT\"",
    })
    void rejectsMalformedSpecsNamingThem(String spec, String message) {
        assertThatThrownBy(() -> Fault.parse(spec)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }
}
