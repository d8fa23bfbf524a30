package kumiki.ml.dataset;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads a PCM WAV sample: 16-bit, mono or stereo (mixed to mono), any rate; values become -1..1. */
final class WavSampleReader {
    private WavSampleReader() {
    }

    static Sample read(Path file, String label) throws SampleException, IOException {
        if (Files.size(file) > SampleBounds.MAX_FILE_BYTES) {
            throw new SampleException(0, "wav.tooLarge");
        }
        return read(file.getFileName().toString(), Files.readAllBytes(file), label);
    }

    /** The same for a file already in memory (a project's {@code data/} entry, an import). */
    static Sample read(String name, byte[] bytes, String label) throws SampleException {
        if (bytes.length > SampleBounds.MAX_FILE_BYTES) {
            throw new SampleException(0, "wav.tooLarge");
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (b.remaining() < 12 || b.getInt(0) != 0x46464952 /* RIFF */ || b.getInt(8) != 0x45564157 /* WAVE */) {
            throw new SampleException(0, "wav.notWav");
        }
        int pos = 12;
        int channels = 0;
        int rate = 0;
        int bits = 0;
        int format = 0;
        while (pos + 8 <= b.limit()) {
            int id = b.getInt(pos);
            long size = b.getInt(pos + 4) & 0xffffffffL;
            int body = pos + 8;
            if (size > b.limit() - body) {
                size = b.limit() - body; // a truncated last chunk: use what is there
            }
            if (id == 0x20746d66 /* "fmt " */ && size >= 16) {
                format = b.getShort(body) & 0xffff;
                channels = b.getShort(body + 2) & 0xffff;
                rate = b.getInt(body + 4);
                bits = b.getShort(body + 14) & 0xffff;
            } else if (id == 0x61746164 /* data */) {
                if (format != 1 || bits != 16 || channels < 1 || channels > 2 || rate <= 0) {
                    throw new SampleException(0, "wav.notPcm16");
                }
                int frames = (int) (size / (2L * channels));
                if (frames < 2) {
                    throw new SampleException(0, "wav.empty");
                }
                float[] mono = new float[frames];
                for (int i = 0; i < frames; i++) {
                    float sum = 0;
                    for (int c = 0; c < channels; c++) {
                        sum += b.getShort(body + (i * channels + c) * 2) / 32768f;
                    }
                    mono[i] = sum / channels;
                }
                return SampleBounds.checked(new Sample(name, label, List.of("audio"), rate,
                        new float[][] {mono}), SampleBounds.MIN_SOUND_RATE_HZ, SampleBounds.MAX_SOUND_RATE_HZ);
            }
            pos = (int) (body + size + (size & 1));
        }
        throw new SampleException(0, "wav.notWav");
    }
}
