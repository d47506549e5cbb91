package org.zhanaozen.kiosk.frame;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A clock that moves only when told to: for tests (no test waits for a timeout) and for screenshots (the attract
 * state rendered at a chosen moment). Use it on the JavaFX thread, like the real one.
 */
public final class ManualClock implements KioskClock {

    private final List<Task> tasks = new ArrayList<>();
    private final List<Task> frameActions = new ArrayList<>();
    private long now;
    private long sequence;

    private final class Task implements Scheduled {
        final long due;
        final long order = sequence++;
        final Runnable action;

        Task(long due, Runnable action) {
            this.due = due;
            this.action = action;
        }

        @Override
        public void cancel() {
            tasks.remove(this);
            frameActions.remove(this);
        }
    }

    @Override
    public long millis() {
        return now;
    }

    @Override
    public Scheduled schedule(Duration delay, Runnable action) {
        Task task = new Task(now + delay.toMillis(), action);
        tasks.add(task);
        return task;
    }

    @Override
    public Scheduled everyFrame(Runnable action) {
        Task task = new Task(now, action);
        frameActions.add(task);
        return task;
    }

    /** Moves time on, running every action that falls due on the way, in order, then one frame. */
    public void advance(Duration duration) {
        long end = now + duration.toMillis();
        for (Optional<Task> next = nextDue(end); next.isPresent(); next = nextDue(end)) {
            Task task = next.get();
            tasks.remove(task);
            now = task.due;
            task.action.run();
        }
        now = end;
        List.copyOf(frameActions).forEach(task -> task.action.run());
    }

    private Optional<Task> nextDue(long end) {
        return tasks.stream().filter(t -> t.due <= end)
                .min(Comparator.comparingLong((Task t) -> t.due).thenComparingLong(t -> t.order));
    }
}
