package kumiki.device.protocol;

/** Sorts a line (without its newline) into a {@link DeviceLine}. Never throws. */
public final class LineParser {
    private LineParser() {
    }

    public static DeviceLine parse(String line) {
        if (hasControlCharacters(line)) {
            return new DeviceLine.Damaged(DeviceLine.Reason.GARBAGE, line);
        }
        if (line.startsWith(CollectorProtocol.HELLO_PREFIX)) {
            try {
                return new DeviceLine.Hello(DeviceHello.parse(line));
            } catch (ProtocolException e) {
                return new DeviceLine.Damaged(DeviceLine.Reason.BAD_HELLO, line);
            }
        }
        if (line.equals(CollectorProtocol.STARTED) || line.equals(CollectorProtocol.STOPPED)
                || line.equals(CollectorProtocol.BUTTON_C)) {
            return new DeviceLine.Control(line, "");
        }
        if (line.startsWith(CollectorProtocol.ERROR_PREFIX)) {
            return new DeviceLine.Control("#ERR", line.substring(CollectorProtocol.ERROR_PREFIX.length()));
        }
        if (line.startsWith(CollectorProtocol.DATA_PREFIX)) {
            return data(line);
        }
        return new DeviceLine.Text(line);
    }

    private static DeviceLine data(String line) {
        int star = line.lastIndexOf('*');
        if (star < 0 || star != line.length() - 3) {
            return new DeviceLine.Damaged(DeviceLine.Reason.MALFORMED, line);
        }
        String body = line.substring(0, star);
        int expected;
        try {
            expected = Integer.parseInt(line.substring(star + 1), 16);
        } catch (NumberFormatException e) {
            return new DeviceLine.Damaged(DeviceLine.Reason.MALFORMED, line);
        }
        if (CollectorProtocol.checksum(body) != expected) {
            return new DeviceLine.Damaged(DeviceLine.Reason.BAD_CHECKSUM, line);
        }
        int comma = body.indexOf(',', CollectorProtocol.DATA_PREFIX.length());
        if (comma < 0) {
            return new DeviceLine.Damaged(DeviceLine.Reason.MALFORMED, line);
        }
        try {
            long seq = Long.parseLong(body.substring(CollectorProtocol.DATA_PREFIX.length(), comma));
            if (seq < 0 || seq > 0xFFFFFFFFL) {
                return new DeviceLine.Damaged(DeviceLine.Reason.MALFORMED, line);
            }
            return new DeviceLine.Data(seq, body.substring(comma + 1));
        } catch (NumberFormatException e) {
            return new DeviceLine.Damaged(DeviceLine.Reason.MALFORMED, line);
        }
    }

    /** Bytes a wrong baud rate or electrical noise produce; a printed line never has them. */
    private static boolean hasControlCharacters(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < 0x20 && c != '\t' || c == 0x7F || c == '\uFFFD') {
                return true;
            }
        }
        return false;
    }
}
