package cn.gov.sucheng.worksafety.enterprise;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;

/** Requests with an If-Match header, and calls started together from several threads. */
public final class Requests {

    private Requests() {
    }

    /** A {@code method} request with a JSON body and, unless null, {@code If-Match: etag}. */
    public static HttpRequest.Builder withIfMatch(String baseUrl, String method, String path, String etag,
            Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JsonHttp.json(body)));
        return etag == null ? request : request.header("If-Match", etag);
    }

    /**
     * Runs the calls on threads of their own, released together by one latch, and answers their results in
     * order. Waits for every call: each one is bounded by its client's own timeout.
     */
    public static <T> List<T> together(List<Callable<T>> calls) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> running = new ArrayList<>();
            for (Callable<T> call : calls) {
                running.add(threads.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> result : running) {
                results.add(result.get());
            }
            return results;
        }
        finally {
            threads.shutdownNow();
        }
    }
}
