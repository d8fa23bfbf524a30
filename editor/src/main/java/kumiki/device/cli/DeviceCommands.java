package kumiki.device.cli;

/** The subcommands that need a serial port or arduino-cli; {@code kumiki.app.Main} adds them to the CLI. */
public final class DeviceCommands {
    private DeviceCommands() {
    }

    public static Object[] all() {
        return new Object[] {new PortsCommand(), new MonitorCommand(), new CaptureCommand(), new UploadCommand()};
    }
}
