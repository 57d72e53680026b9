package id.sinergi.platform;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

/**
 * Sinergi's own scripts and styles get a version in their address, a checksum of their content
 * ({@code ?v=3f2a…}), like PrimeFaces' get its release: a new deployment with changed content has a
 * new address, so a phone may keep every versioned resource a year ({@link ResourceCaching}).
 */
public class VersionedResources extends ResourceHandlerWrapper {

    private final Map<String, String> versions = new ConcurrentHashMap<>();

    public VersionedResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String name) {
        return versioned(super.createResource(name), null);
    }

    @Override
    public Resource createResource(String name, String library) {
        return versioned(super.createResource(name, library), library);
    }

    @Override
    public Resource createResource(String name, String library, String contentType) {
        return versioned(super.createResource(name, library, contentType), library);
    }

    private Resource versioned(Resource resource, String library) {
        if (resource == null || library != null) {
            return resource;
        }
        String version = versions.computeIfAbsent(resource.getResourceName(), name -> checksum(resource));
        return new ResourceWrapper(resource) {
            @Override
            public String getRequestPath() {
                String path = super.getRequestPath();
                return path + (path.contains("?") ? "&" : "?") + "v=" + version;
            }
        };
    }

    private static String checksum(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            CRC32 crc = new CRC32();
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                crc.update(buffer, 0, n);
            }
            return Long.toHexString(crc.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read resource " + resource.getResourceName(), e);
        }
    }
}
