package kumiki.device.protocol;

/** One line from the board, sorted into what the desktop does with it. */
public sealed interface DeviceLine {
    /** The board said who it is. */
    record Hello(DeviceHello hello) implements DeviceLine {
    }

    /** A data line whose checksum matched. {@code payload} is everything between the sequence number and '*'. */
    record Data(long seq, String payload) implements DeviceLine {
    }

    /** #STARTED, #STOPPED or #ERR. */
    record Control(String word, String text) implements DeviceLine {
    }

    /** Anything else the program printed: shown in the monitor, ignored by capture. */
    record Text(String text) implements DeviceLine {
    }

    /** A line that was meant for us but arrived damaged: dropped and counted. */
    record Damaged(Reason reason, String text) implements DeviceLine {
    }

    enum Reason {
        BAD_CHECKSUM, MALFORMED, GARBAGE, BAD_HELLO
    }
}
