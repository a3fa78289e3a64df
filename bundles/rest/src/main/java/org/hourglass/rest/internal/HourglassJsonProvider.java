package org.hourglass.rest.internal;

import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;
import org.hourglass.api.rest.HourglassRest;
import org.osgi.service.component.annotations.Component;

/**
 * JSON in and out for every resource of the application, with the platform's strict mapper
 * ({@link JsonMapperFactory}). Registered with {@code osgi.jaxrs.media.type=application/json} so
 * resources can wait for it ({@link HourglassRest#REQUIRE_JSON}).
 */
@Component(service = {MessageBodyReader.class, MessageBodyWriter.class}, property = {
        HourglassRest.EXTENSION, HourglassRest.SELECT_APP,
        "osgi.jaxrs.media.type=application/json", "osgi.jaxrs.name=hourglass.json"})
public class HourglassJsonProvider extends JacksonJsonProvider {
    public HourglassJsonProvider() {
        super(JsonMapperFactory.create());
    }
}
