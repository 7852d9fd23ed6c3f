package dev.mentra.chat.live;

import dev.mentra.platform.shutdown.UpgradedRequests;
import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.quarkus.websockets.next.UserData;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A token given as the {@code access_token} query parameter is verified before the upgrade: a bad one is refused
 * with 401 and no socket opens. Without the parameter the upgrade goes ahead and the socket must authenticate
 * with its first frame ({@code {"type":"auth","token":"..."}}) before anything else.
 */
@ApplicationScoped
public class SocketAuthCheck implements HttpUpgradeCheck {

    static final String PARAMETER = "access_token";
    static final UserData.TypedKey<JsonWebToken> TOKEN = new UserData.TypedKey<>("mentra.token");

    private final TokenVerifier verifier;

    public SocketAuthCheck(TokenVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public boolean appliesTo(String endpointId) {
        return ChatSocket.ENDPOINT_ID.equals(endpointId);
    }

    @Override
    public Uni<CheckResult> perform(HttpUpgradeContext context) {
        // a socket is not a request in flight: LiveShutdown hands it over when the replica stops
        UpgradedRequests.notInFlight(context.httpRequest());
        String token = context.httpRequest().getParam(PARAMETER);
        if (token == null) {
            return CheckResult.permitUpgrade();
        }
        return verifier.verify(token)
                .invoke(verified -> context.userData().put(TOKEN, verified))
                .replaceWith(CheckResult.permitUpgradeSync())
                .onFailure().recoverWithItem(e -> CheckResult.rejectUpgradeSync(401));
    }
}
