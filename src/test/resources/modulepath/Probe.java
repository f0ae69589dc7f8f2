import io.rumpcfg.Checked;
import io.rumpcfg.Rumpcfg;
import java.nio.charset.StandardCharsets;

/** Run by ModulePathTest with the library on the module path: it checks a configuration. */
public class Probe {
    public static void main(String[] args) {
        Checked checked = Rumpcfg.check("{\"rc\": [{\"bin\": \"app\"}]}".getBytes(StandardCharsets.UTF_8));
        System.out.println(Rumpcfg.class.getModule().getName() + " " + (checked.isValid() ? "valid" : "invalid")
                + " " + checked.plan().orElseThrow().steps().size());
    }
}
