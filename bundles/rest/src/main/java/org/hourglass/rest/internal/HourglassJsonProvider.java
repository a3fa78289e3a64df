package org.hourglass.rest.internal;

import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;
import org.hourglass.api.rest.HourglassRest;
import org.osgi.service.component.annotations.Component;

/**
 * JSON in and out for every resource of the application, core and policies, with the platform's strict mapper
 * ({@link JsonMapperFactory}). Registered with {@code osgi.jaxrs.media.type=application/json} so resources can wait
 * for it ({@link HourglassRest#REQUIRE_JSON}). Jackson caches what it learnt of each class; when a policy goes away
 * those caches would keep its classes loaded, so {@link #forgetTypes} starts a fresh mapper.
 */
@Component(service = {MessageBodyReader.class, MessageBodyWriter.class, HourglassJsonProvider.class}, immediate = true, property = {
        HourglassRest.EXTENSION, HourglassRest.SELECT_APP,
        "osgi.jaxrs.media.type=application/json", "osgi.jaxrs.name=hourglass.json"})
// like Jackson's own provider: every media type is offered, and isReadable/isWriteable accept JSON and *+json only
@Produces(MediaType.WILDCARD)
@Consumes(MediaType.WILDCARD)
public class HourglassJsonProvider implements MessageBodyReader<Object>, MessageBodyWriter<Object> {
    private volatile JacksonJsonProvider jackson = new JacksonJsonProvider(JsonMapperFactory.create());

    /**
     * A policy came or went: drop every cached serializer and type, which may hold a previous revision's classes — this
     * provider's (a fresh mapper) and the JVM-wide cache of Jackson's default TypeFactory, which every mapper built on it
     * shares (a heap dump after 12 redeploys found each revision's classes kept there).
     */
    void forgetTypes() {
        jackson = new JacksonJsonProvider(JsonMapperFactory.create());
        com.fasterxml.jackson.databind.type.TypeFactory.defaultInstance().clearCache();
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return jackson.isReadable(type, genericType, annotations, mediaType);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        return jackson.readFrom(type, genericType, annotations, mediaType, headers, entity);
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return jackson.isWriteable(type, genericType, annotations, mediaType);
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream entity) throws IOException {
        jackson.writeTo(value, type, genericType, annotations, mediaType, headers, entity);
    }
}
