package id.sinergi.testing;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.enterprise.inject.spi.Unmanaged;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The server half of {@link InContainer}: runs one test method inside Payara, in a request of its own,
 * on an instance whose {@code @Inject} fields CDI filled, with the class's {@code @BeforeEach} and
 * {@code @AfterEach} methods around it; answers with the failure, if any. Only the test WAR that
 * {@link TestServer} builds contains it; the application never does.
 */
@WebServlet(urlPatterns = InContainerRunner.PATH, loadOnStartup = 1)
public class InContainerRunner extends HttpServlet {

    static final String PATH = "/test-runner";

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Throwable failure;
        try {
            failure = run(Class.forName(request.getParameter("class"), true, Thread.currentThread().getContextClassLoader()),
                    request.getParameter("method"));
        } catch (ClassNotFoundException e) {
            failure = e;
        }
        response.setContentType("application/octet-stream");
        try (DataOutputStream out = new DataOutputStream(response.getOutputStream())) {
            out.writeBoolean(failure != null);
            if (failure != null) {
                StringWriter trace = new StringWriter();
                failure.printStackTrace(new PrintWriter(trace));
                byte[] text = trace.toString().getBytes(StandardCharsets.UTF_8);
                out.writeInt(text.length);
                out.write(text);
                byte[] serialized = serialize(failure);
                out.writeInt(serialized.length);
                out.write(serialized);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Throwable run(Class<?> testClass, String methodName) {
        Unmanaged.UnmanagedInstance<Object> instance;
        try {
            instance = new Unmanaged<>(CDI.current().getBeanManager(), (Class<Object>) testClass)
                    .newInstance().produce().inject().postConstruct();
        } catch (RuntimeException e) {
            return e;
        }
        Throwable failure = null;
        try {
            Object test = instance.get();
            for (Method before : lifecycle(testClass, BeforeEach.class)) {
                invoke(before, test);
            }
            invoke(testMethod(testClass, methodName), test);
        } catch (Throwable t) {
            failure = t;
        } finally {
            for (Method after : lifecycle(testClass, AfterEach.class)) {
                try {
                    invoke(after, instance.get());
                } catch (Throwable t) {
                    if (failure == null) {
                        failure = t;
                    } else {
                        failure.addSuppressed(t);
                    }
                }
            }
            // whatever the test did to the shared seams, the next test (or page request) starts clean
            TestCaller.reset();
            TestClock.reset();
            instance.preDestroy().dispose();
        }
        return failure;
    }

    private static void invoke(Method method, Object target) throws Throwable {
        method.setAccessible(true);
        try {
            method.invoke(target);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Method testMethod(Class<?> type, String name) throws NoSuchMethodException {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(name) && m.getParameterCount() == 0) {
                    return m;
                }
            }
        }
        throw new NoSuchMethodException(type.getName() + "." + name + "()");
    }

    /** Lifecycle methods of the class and its superclasses, the superclass's first (as JUnit orders them). */
    private static List<Method> lifecycle(Class<?> type, Class<? extends Annotation> annotation) {
        List<Method> methods = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            List<Method> own = new ArrayList<>();
            for (Method m : c.getDeclaredMethods()) {
                if (m.isAnnotationPresent(annotation)) {
                    own.add(m);
                }
            }
            methods.addAll(0, own);
        }
        return methods;
    }

    private static byte[] serialize(Throwable failure) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(failure);
            }
            return bytes.toByteArray();
        } catch (IOException notSerializable) {
            return new byte[0];
        }
    }
}
