package arbiter.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import arbiter.TestEnvironment;
import io.quarkus.test.junit.QuarkusTest;

/** The demo's receivers exist only in the demo run: elsewhere their paths are denied like any unnamed one. */
@QuarkusTest
class DemoPaymentReceiverTest {

    @Test
    void outsideTheDemoTheReceiversPathIsDeniedAndAskedToSignIn() {
        given().redirects().follow(false).contentType("application/json").body("{\"id\":\"x\"}")
                .when().post("/demo/payments/refunds")
                .then().statusCode(302).header("Location", startsWith(TestEnvironment.REALM));
    }

    @Test
    void outsideTheDemoThePlatformReceiversPathIsDeniedToo() {
        given().redirects().follow(false).contentType("application/json").body("{\"id\":\"x\"}")
                .when().post("/demo/platform/events")
                .then().statusCode(302).header("Location", startsWith(TestEnvironment.REALM));
        given().redirects().follow(false).when().get("/demo/platform/events")
                .then().statusCode(302).header("Location", startsWith(TestEnvironment.REALM));
    }
}
