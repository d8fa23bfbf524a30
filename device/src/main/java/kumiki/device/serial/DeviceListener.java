package kumiki.device.serial;

import kumiki.device.protocol.DeviceLine;

/** Called on the connection's reader thread; keep it short and hand work to your own thread. */
public interface DeviceListener {
    default void onLine(String raw, DeviceLine line) {
    }

    default void onDisconnected() {
    }
}
