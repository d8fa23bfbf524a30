package kumiki.codegen;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample, run through a fixed day on the host: what it prints and draws, as a person read it. */
class SamplesBehaviourTest {
    static List<String> samples() throws Exception {
        return Samples.ids();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void behavesAsItsGoldenSays(String id) throws Exception {
        Golden.assertMatches("behaviour/samples/" + id + ".txt", Behaviour.of(Samples.load(id)));
    }
}
