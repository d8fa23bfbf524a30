package kumiki.device.upload;

import java.util.List;

/** How an upload ended: done, or the problem with its fix; plus every line arduino-cli printed. */
public record UploadResult(boolean ok, UploadProblem problem, List<String> output) {
    public UploadResult {
        output = List.copyOf(output);
    }
}
