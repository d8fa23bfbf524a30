package kumiki.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Block scripts run with no host access, no IO and a time limit. */
class SandboxTest {
    static HeadlessBlockly blockly;

    @BeforeAll
    static void start() {
        blockly = new HeadlessBlockly(Duration.ofSeconds(2), List.of());
    }

    @AfterAll
    static void stop() {
        blockly.close();
    }

    @Test
    void javaClassesAreOutOfReach() {
        assertThatThrownBy(() -> blockly.eval("Java.type('java.lang.Runtime').getRuntime().exec('touch /tmp/pwned')"))
                .isInstanceOf(ScriptFailedException.class);
        assertThat(blockly.eval("typeof Packages === 'undefined' || typeof Packages.java === 'undefined' ? 'none' : 'some'"))
                .isEqualTo("none");
        // Blocked by the host-access settings anyway, but block code should not even see the name.
        assertThat(blockly.eval("typeof Java")).isEqualTo("undefined");
        assertThat(blockly.eval("'Java' in globalThis")).isEqualTo("false");
    }

    @Test
    void aScriptErrorReachesTheUserAsWordsNotJavaScript() {
        ScriptFailedException e = org.junit.jupiter.api.Assertions.assertThrows(ScriptFailedException.class,
                () -> blockly.eval("null.x"));
        assertThat(e.detail()).contains("TypeError");
        assertThat(e.message(java.util.Locale.ENGLISH)).doesNotContain("TypeError", "Exception")
                .contains("could not turn these blocks into a sketch");
        assertThat(e.message(java.util.Locale.JAPANESE)).contains("スケッチ");
    }

    @Test
    void filesAreOutOfReach() {
        assertThatThrownBy(() -> blockly.eval("load('/etc/passwd')")).isInstanceOf(ScriptFailedException.class);
        assertThatThrownBy(() -> blockly.eval("read('/etc/passwd')")).isInstanceOf(ScriptFailedException.class);
        assertThatThrownBy(() -> blockly.eval("require('fs').readFileSync('/etc/passwd')"))
                .isInstanceOf(ScriptFailedException.class);
    }

    @Test
    @Timeout(30)
    void anEndlessLoopIsStoppedWithAnError() {
        try (HeadlessBlockly victim = new HeadlessBlockly(Duration.ofSeconds(1), List.of())) {
            assertThatThrownBy(() -> victim.eval("while (true) {}"))
                    .isInstanceOfSatisfying(ScriptFailedException.class,
                            e -> assertThat(e.reason()).isEqualTo(ScriptFailedException.Reason.TIME_LIMIT));
            assertThat(victim.isUsable()).isFalse();
        }
    }

    @Test
    @Timeout(30)
    void hostileGeneratorsAreStopped() throws Exception {
        // A plug-in that replaces the compiler with one that reaches for Java...
        String javaGrab = "KumikiHeadless.compile = function() { return Java.type('java.io.File'); };";
        try (HeadlessBlockly b = new HeadlessBlockly(Duration.ofSeconds(1), List.of(javaGrab))) {
            assertThatThrownBy(() -> b.compile("{}", "en")).isInstanceOf(ScriptFailedException.class);
        }
        // ...and one that never returns.
        String spin = "KumikiHeadless.compile = function() { for (;;) {} };";
        try (HeadlessBlockly b = new HeadlessBlockly(Duration.ofSeconds(1), List.of(spin))) {
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> b.compile("{}", "en")).isInstanceOfSatisfying(ScriptFailedException.class,
                    e -> assertThat(e.reason()).isEqualTo(ScriptFailedException.Reason.TIME_LIMIT));
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(20));
        }
    }

    @Test
    void theCompilerStillWorksAfterAnotherContextWasKilled() {
        CompileResult r = blockly.compile("{\"blocks\":{\"languageVersion\":0,\"blocks\":[{\"type\":\"kumiki_forever\",\"x\":0,\"y\":0}]}}", "en");
        assertThat(r.code()).contains("void loop()");
    }
}
