package id.sinergi.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

import java.lang.reflect.Method;

/**
 * Runs a test class's methods inside the one Payara of the test run ({@link TestServer}), where its
 * {@code @Inject} fields are filled: {@code @ExtendWith(InContainer.class)}. The instance JUnit makes
 * here stays empty; {@code @BeforeEach} and {@code @AfterEach} run in the server, around each test.
 */
public class InContainer implements InvocationInterceptor {

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
                                    ExtensionContext extensionContext) throws Throwable {
        invocation.skip();
        TestServer.runInContainer(extensionContext.getRequiredTestClass(), invocationContext.getExecutable().getName());
    }

    @Override
    public void interceptBeforeEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
                                          ExtensionContext extensionContext) {
        invocation.skip();
    }

    @Override
    public void interceptAfterEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
                                         ExtensionContext extensionContext) {
        invocation.skip();
    }
}
