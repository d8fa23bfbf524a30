package kumiki.device.serial;

/** What is on the other end of a port, recognised from its USB identity. */
public enum BoardKind {
    /** A Wio Terminal running a sketch (Seeed VID 0x2886, PID 0x802D). */
    WIO_TERMINAL,
    /** A Wio Terminal in its bootloader (PID 0x002D): ready to be flashed, not to talk. */
    WIO_TERMINAL_BOOTLOADER,
    /** Any other serial port. */
    OTHER;

    public static final int SEEED_VID = 0x2886;
    public static final int WIO_PID = 0x802D;
    public static final int WIO_BOOTLOADER_PID = 0x002D;

    public static BoardKind of(int vendorId, int productId) {
        if (vendorId != SEEED_VID) {
            return OTHER;
        }
        return switch (productId) {
            case WIO_PID -> WIO_TERMINAL;
            case WIO_BOOTLOADER_PID -> WIO_TERMINAL_BOOTLOADER;
            default -> OTHER;
        };
    }

    public boolean isWio() {
        return this != OTHER;
    }
}
