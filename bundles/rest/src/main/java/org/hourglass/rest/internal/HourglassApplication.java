package org.hourglass.rest.internal;

import javax.ws.rs.core.Application;
import org.hourglass.api.rest.HourglassRest;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * The one Hourglass JAX-RS application, at {@code /api}. Resources and extensions of every bundle,
 * core or policy, join it by selecting {@code (osgi.jaxrs.name=hourglass)}; the whiteboard rebuilds
 * it as they come and go.
 */
@Component(service = Application.class)
@JaxrsName(HourglassRest.APP_NAME)
@JaxrsApplicationBase(HourglassRest.APP_BASE)
public class HourglassApplication extends Application {
}
