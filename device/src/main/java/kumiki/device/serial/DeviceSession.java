package kumiki.device.serial;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import kumiki.device.DeviceException;

/**
 * The editor's one link to the board. It lets go of the port while arduino-cli uploads and takes it
 * back afterwards, and after an unplug it watches for the port to come back so the window can offer
 * to reconnect. All waiting happens on its own threads; callers are never blocked for long.
 */
public final class DeviceSession implements AutoCloseable {
    public enum State { DISCONNECTED, CONNECTED, LOST, AVAILABLE_AGAIN, RELEASED }

    /** Opens a link to a port; jSerialComm in the app, the same in tests (on a pseudo-terminal). */
    public interface Opener {
        SerialLink open(String port) throws DeviceException;
    }

    public interface Listener {
        void stateChanged(State state, String port);
    }

    private final Opener opener;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final List<DeviceListener> lineListeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kumiki-port-watch");
        t.setDaemon(true);
        return t;
    });
    private final long reconnectWaitMs;
    private volatile DeviceConnection connection;
    private volatile String port;
    private volatile State state = State.DISCONNECTED;
    private ScheduledFuture<?> watch;

    public DeviceSession(Opener opener, long reconnectWaitMs) {
        this.opener = opener;
        this.reconnectWaitMs = reconnectWaitMs;
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    /** Line listeners stay attached across reconnects (the monitor and plotter). */
    public void addLineListener(DeviceListener l) {
        lineListeners.add(l);
        DeviceConnection c = connection;
        if (c != null) {
            c.addListener(l);
        }
    }

    public State state() {
        return state;
    }

    public String port() {
        return port;
    }

    public DeviceConnection connection() {
        return connection;
    }

    public synchronized void connect(String portName) throws DeviceException {
        disconnect();
        this.port = portName;
        attach(opener.open(portName));
    }

    private void attach(SerialLink link) {
        DeviceConnection c = new DeviceConnection(link);
        c.addListener(new DeviceListener() {
            @Override
            public void onDisconnected() {
                lost(c);
            }
        });
        for (DeviceListener l : lineListeners) {
            c.addListener(l);
        }
        connection = c;
        setState(State.CONNECTED);
    }

    public synchronized void disconnect() {
        stopWatching();
        DeviceConnection c = connection;
        connection = null;
        if (c != null) {
            c.close();
        }
        if (state != State.DISCONNECTED) {
            setState(State.DISCONNECTED);
        }
    }

    /** Closes the port, runs {@code job} (the upload), then connects again, waiting for the port to come back. */
    public <T> T whilePortReleased(Callable<T> job) throws Exception {
        String p;
        boolean wasConnected;
        synchronized (this) {
            p = port;
            wasConnected = connection != null && connection.isConnected();
            stopWatching();
            DeviceConnection c = connection;
            connection = null;
            if (c != null) {
                c.close();
            }
            setState(State.RELEASED);
        }
        try {
            return job.call();
        } finally {
            if (wasConnected && p != null) {
                reconnectWithin(p, reconnectWaitMs);
            } else {
                setState(State.DISCONNECTED);
            }
        }
    }

    private void reconnectWithin(String p, long waitMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + waitMs;
        while (true) {
            try {
                synchronized (this) {
                    port = p;
                    attach(opener.open(p));
                }
                return;
            } catch (DeviceException e) {
                if (System.currentTimeMillis() > deadline) {
                    setState(State.LOST);
                    watchFor(p);
                    return;
                }
                Thread.sleep(200);
            }
        }
    }

    private synchronized void lost(DeviceConnection c) {
        if (connection != c) {
            return;
        }
        connection = null;
        setState(State.LOST);
        watchFor(port);
    }

    /** After an unplug: try the port every half second, and say so when it can be opened again. */
    private synchronized void watchFor(String p) {
        stopWatching();
        watch = watcher.scheduleWithFixedDelay(() -> {
            try {
                SerialLink probe = opener.open(p);
                probe.close();
                synchronized (this) {
                    if (state == State.LOST) {
                        stopWatching();
                        setState(State.AVAILABLE_AGAIN);
                    }
                }
            } catch (DeviceException notYet) {
                // still unplugged
            }
        }, 500, 500, TimeUnit.MILLISECONDS);
    }

    private void stopWatching() {
        if (watch != null) {
            watch.cancel(false);
            watch = null;
        }
    }

    private void setState(State s) {
        state = s;
        for (Listener l : listeners) {
            l.stateChanged(s, port);
        }
    }

    @Override
    public void close() {
        disconnect();
        watcher.shutdownNow();
    }
}
