package id.kompeten.security;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.OptimisticLockingException;

/**
 * Camunda's REST answers a change that lost a race with another transaction (OptimisticLockingException)
 * with 500; it is a conflict the client may retry: 409. The engine's message (entity names, SQL) is not passed on.
 * More specific than Camunda's mapper of ProcessEngineException, so Jersey picks this one.
 */
@Provider
public class ConcurrentChangeMapper implements ExceptionMapper<OptimisticLockingException> {

    public ConcurrentChangeMapper() {} // Jersey instantiates it

    @Override
    public Response toResponse(OptimisticLockingException e) {
        return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
                .entity("{\"type\":\"OptimisticLockingException\",\"message\":\"diubah oleh transaksi lain pada saat"
                        + " yang sama; coba lagi / changed by another transaction at the same time; try again\"}")
                .build();
    }
}
