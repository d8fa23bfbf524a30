package kumiki.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import kumiki.device.DeviceException;
import kumiki.device.serial.DevicePort;
import kumiki.device.serial.PortScanner;
import picocli.CommandLine.Command;

/** {@code kumiki ports}: the serial ports, Wio Terminals first and named as such. */
@Command(name = "ports", mixinStandardHelpOptions = true,
        description = "List serial ports; a Wio Terminal is recognised by its USB identity (2886:802D, bootloader 2886:002D).")
public final class PortsCommand extends KumikiCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        List<DevicePort> ports = PortScanner.list();
        if (jsonOption.json) {
            ObjectNode n = Json.object();
            n.put("ok", true);
            ArrayNode a = n.putArray("ports");
            for (DevicePort p : ports) {
                ObjectNode o = a.addObject();
                o.put("port", p.path());
                o.put("description", p.description());
                o.put("vid", String.format(Locale.ROOT, "%04X", p.vendorId() & 0xFFFF));
                o.put("pid", String.format(Locale.ROOT, "%04X", p.productId() & 0xFFFF));
                o.put("board", p.kind().name().toLowerCase(Locale.ROOT));
            }
            spec.commandLine().getOut().println(n);
            return KumikiCli.OK;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (ports.isEmpty()) {
            out.println(DeviceException.WORDS.get("cli.ports.none"));
        }
        for (DevicePort p : ports) {
            out.printf("%-20s %s%n", p.path(), DeviceException.WORDS.get("cli.ports." + p.kind().name().toLowerCase(Locale.ROOT),
                    p.description()));
        }
        return KumikiCli.OK;
    }
}
