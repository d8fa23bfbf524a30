package kumiki.device.capture;

import java.io.IOException;
import java.nio.file.Path;

/** Where a finished example goes at once: a dataset folder (command line) or the open project (editor). */
public interface SampleSink {
    /** Stores the example as {@code label.sN.NNN.extension} and returns where it went. */
    Path save(String label, String extension, byte[] content) throws IOException;

    /**
     * A dataset folder: each example written through a temporary file and an atomic rename. Every
     * example saved through one sink belongs to one recording session, tagged in its name.
     */
    static SampleSink folder(Path dataset) {
        return new SampleSink() {
            private String session;

            @Override
            public synchronized Path save(String label, String extension, byte[] content) throws IOException {
                java.nio.file.Files.createDirectories(dataset);
                if (session == null) {
                    session = DatasetWriter.newSession(DatasetWriter.names(dataset));
                }
                Path file = DatasetWriter.nextFile(dataset, label, extension, session);
                kumiki.project.AtomicFile.write(file, out -> out.write(content));
                return file;
            }

            @Override
            public String toString() {
                return dataset.toString();
            }
        };
    }
}
