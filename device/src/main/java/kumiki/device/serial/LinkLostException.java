package kumiki.device.serial;

import java.io.IOException;

/** The port went away under us: the board was unplugged or reset. */
public final class LinkLostException extends IOException {
    public LinkLostException(String port) {
        super(port);
    }
}
