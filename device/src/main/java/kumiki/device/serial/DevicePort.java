package kumiki.device.serial;

/** A serial port the computer offers, and what Kumiki recognised on it. */
public record DevicePort(String path, String description, int vendorId, int productId, BoardKind kind) {
}
