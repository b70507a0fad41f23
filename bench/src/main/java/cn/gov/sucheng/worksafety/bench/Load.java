package cn.gov.sucheng.worksafety.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;

/** The two load shapes: closed-loop saturation and open-loop fixed rate. Latencies in microseconds. */
final class Load {

    private static final long MAX_US = 60_000_000L;

    private Load() {
    }

    /** What one run produced; runs of the same target and shape add up. */
    static final class Result {
        long ok;
        long errors;
        long nanos;
        /** Saturation: time of each call. Fixed rate: from the intended send time to the answer. */
        final Histogram latency = new Histogram(MAX_US, 3);
        /** Fixed rate only: from the actual send to the answer (what the service and network took). */
        final Histogram service = new Histogram(MAX_US, 3);
        /** Fixed rate only: how late the sender started each request against its schedule. */
        final Histogram sendLag = new Histogram(MAX_US, 3);
        String firstError;

        void add(Result o) {
            ok += o.ok;
            errors += o.errors;
            nanos += o.nanos;
            latency.add(o.latency);
            service.add(o.service);
            sendLag.add(o.sendLag);
            if (firstError == null) {
                firstError = o.firstError;
            }
        }

        double perSecond() {
            return nanos == 0 ? 0 : ok * 1e9 / nanos;
        }
    }

    private static final class Worker {
        long ok;
        long errors;
        final Histogram latency = new Histogram(MAX_US, 3);
        final Histogram service = new Histogram(MAX_US, 3);
        final Histogram sendLag = new Histogram(MAX_US, 3);
        String firstError;

        void fail(Throwable t) {
            errors++;
            if (firstError == null) {
                firstError = t.toString();
            }
        }
    }

    private static long us(long nanos) {
        return Math.max(1, Math.min(MAX_US, nanos / 1000));
    }

    /** {@code workers} threads, each sending its next request as soon as the last one answered, for {@code seconds}. */
    static Result saturate(Target target, List<String> ids, int workers, double seconds) throws InterruptedException {
        List<Worker> results = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        CountDownLatch ready = new CountDownLatch(workers);
        CountDownLatch go = new CountDownLatch(1);
        long[] window = new long[2];
        for (int w = 0; w < workers; w++) {
            Worker r = new Worker();
            results.add(r);
            int offset = w * 7919;
            Thread t = new Thread(() -> {
                try (Target.Caller caller = target.caller()) {
                    ready.countDown();
                    go.await();
                    long end = window[1];
                    long seq = offset;
                    for (long now = System.nanoTime(); now < end; ) {
                        String id = ids.get((int) (seq++ % ids.size()));
                        try {
                            if (caller.lookup(id)) {
                                r.ok++;
                            } else {
                                r.fail(new IllegalStateException("not found: " + id));
                            }
                        } catch (Exception e) {
                            r.fail(e);
                        }
                        long after = System.nanoTime();
                        r.latency.recordValue(us(after - now));
                        now = after;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, target.name() + "-sat-" + w);
            threads.add(t);
            t.start();
        }
        ready.await();
        window[0] = System.nanoTime();
        window[1] = window[0] + (long) (seconds * 1e9);
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        long elapsed = System.nanoTime() - window[0];
        return collect(results, elapsed);
    }

    /**
     * Open loop: request i is due at start + i/rate whatever happened to the earlier ones. {@code workers} threads
     * take the next due request; its latency counts from when it was due, so a stalled server shows up as the
     * queueing it causes (no coordinated omission).
     */
    static Result fixedRate(Target target, List<String> ids, double rate, double seconds, int workers) throws InterruptedException {
        long total = Math.max(1, Math.round(rate * seconds));
        double interval = 1e9 / rate;
        AtomicLong next = new AtomicLong();
        List<Worker> results = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        CountDownLatch ready = new CountDownLatch(workers);
        CountDownLatch go = new CountDownLatch(1);
        long[] start = new long[2];
        for (int w = 0; w < workers; w++) {
            Worker r = new Worker();
            results.add(r);
            Thread t = new Thread(() -> {
                try (Target.Caller caller = target.caller()) {
                    ready.countDown();
                    go.await();
                    for (long i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                        long due = start[0] + (long) (i * interval);
                        if (System.nanoTime() > start[1]) {
                            // Bounded: what could not even be sent by the end of the run plus its grace is a failure.
                            r.fail(new IllegalStateException("not sent within the run: every sender was blocked"));
                            continue;
                        }
                        for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                            LockSupport.parkNanos(wait);
                        }
                        long sent = System.nanoTime();
                        String id = ids.get((int) (i % ids.size()));
                        try {
                            if (caller.lookup(id)) {
                                r.ok++;
                            } else {
                                r.fail(new IllegalStateException("not found: " + id));
                            }
                        } catch (Exception e) {
                            r.fail(e);
                        }
                        long done = System.nanoTime();
                        r.latency.recordValue(us(done - due));
                        r.service.recordValue(us(done - sent));
                        r.sendLag.recordValue(us(sent - due));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, target.name() + "-rate-" + w);
            threads.add(t);
            t.start();
        }
        ready.await();
        start[0] = System.nanoTime() + 5_000_000L;
        start[1] = start[0] + (long) (seconds * 1e9) + Math.max(2_000_000_000L, (long) (seconds * 1e9));
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        long elapsed = System.nanoTime() - start[0];
        return collect(results, elapsed);
    }

    private static Result collect(List<Worker> workers, long elapsed) {
        Result result = new Result();
        result.nanos = elapsed;
        for (Worker w : workers) {
            result.ok += w.ok;
            result.errors += w.errors;
            result.latency.add(w.latency);
            result.service.add(w.service);
            result.sendLag.add(w.sendLag);
            if (result.firstError == null) {
                result.firstError = w.firstError;
            }
        }
        return result;
    }
}
