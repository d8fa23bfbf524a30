package kumiki.blocks;

import java.net.URL;

/**
 * Where the bundled block language lives on the classpath. The files are built
 * from {@code blocks/src} by esbuild during the Maven build; nothing here is
 * committed build output.
 */
public final class BlockAssets {
    /** Blockly, Kumiki's blocks and the Arduino generator, for GraalJS. */
    public static final String HEADLESS_BUNDLE = "/kumiki/blocks/kumiki-headless.js";
    /** The editor page; it loads {@code kumiki-web.js} and {@code media/} beside it. */
    public static final String WEB_PAGE = "/kumiki/blocks/web/index.html";

    /**
     * What each block is (start block, statement, or value and the types it gives), read from the
     * definitions at build time: {@code {"type": {"shape": "hat"|"statement"|"value", "output": [...]|null}}}.
     */
    public static final String BLOCK_FACTS = "/kumiki/blocks/block-facts.json";

    /**
     * The Wio Terminal's C++ parts (accelerometer, buttons, microphone sampler), written once for the
     * block generator and the data collector alike; files a part names sit beside it.
     */
    public static final String BOARD_PARTS = "/kumiki/blocks/board/parts.json";

    /** One path per line, relative to the page's folder: every file the page needs. */
    public static final String WEB_FILES = "/kumiki/blocks/web/files.txt";

    private BlockAssets() {
    }

    public static URL resource(String path) {
        URL url = BlockAssets.class.getResource(path);
        if (url == null) {
            throw new IllegalStateException("The block language is missing from the build (" + path
                    + "). Run 'mvn install' in the project folder.");
        }
        return url;
    }
}
