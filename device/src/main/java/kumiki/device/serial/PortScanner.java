package kumiki.device.serial;

import com.fazecast.jSerialComm.SerialPort;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Lists serial ports through jSerialComm; Wio Terminals first, so the obvious choice is the first one. */
public final class PortScanner {
    private PortScanner() {
    }

    public static List<DevicePort> list() {
        List<DevicePort> ports = new ArrayList<>();
        for (SerialPort p : SerialPort.getCommPorts()) {
            int vid = p.getVendorID();
            int pid = p.getProductID();
            ports.add(new DevicePort(p.getSystemPortPath(), p.getPortDescription(), vid, pid, BoardKind.of(vid, pid)));
        }
        return sorted(ports);
    }

    static List<DevicePort> sorted(List<DevicePort> ports) {
        List<DevicePort> copy = new ArrayList<>(ports);
        copy.sort(Comparator.comparing((DevicePort p) -> p.kind().ordinal()).thenComparing(DevicePort::path));
        return copy;
    }

    /** The one Wio Terminal running a sketch, if exactly one is plugged in. */
    public static DevicePort onlyWio(List<DevicePort> ports) {
        List<DevicePort> wios = ports.stream().filter(p -> p.kind() == BoardKind.WIO_TERMINAL).toList();
        return wios.size() == 1 ? wios.get(0) : null;
    }
}
