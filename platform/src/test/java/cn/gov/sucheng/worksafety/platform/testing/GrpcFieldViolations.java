package cn.gov.sucheng.worksafety.platform.testing;

import java.util.List;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.BadRequest;
import com.google.rpc.Status;
import io.grpc.protobuf.StatusProto;

/**
 * The fields a gRPC INVALID_ARGUMENT names in its {@code google.rpc.BadRequest} detail, as a client in any language
 * reads them from {@code grpc-status-details-bin}; empty when the answer carries none.
 */
public final class GrpcFieldViolations {

    private GrpcFieldViolations() {
    }

    public static List<String> of(Throwable answer) {
        Status status = StatusProto.fromThrowable(answer);
        if (status == null) {
            return List.of();
        }
        return status.getDetailsList().stream().filter(d -> d.is(BadRequest.class))
                .flatMap(d -> unpack(d).getFieldViolationsList().stream())
                .map(BadRequest.FieldViolation::getField).toList();
    }

    private static BadRequest unpack(Any detail) {
        try {
            return detail.unpack(BadRequest.class);
        }
        catch (InvalidProtocolBufferException ex) {
            throw new AssertionError("an unreadable BadRequest detail", ex);
        }
    }
}
