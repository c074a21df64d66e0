package io.reachgraph.shared.web;

import java.io.IOException;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.data.web.config.EnableSpringDataWebSupport;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Pages serialise as {@code {content, page: {size, number, totalElements, totalPages}}}. The web-ui is served from
 * {@code classpath:/static}; a path that is no file and looks like one of the single-page app's routes gets
 * {@code index.html}, so a shared link or a reload works, while unknown API paths and missing assets stay 404. Assets
 * are Vite's {@code assets/} folder and top-level files ({@code favicon.svg}, {@code robots.txt}); a deeper path with
 * a dot is a route (a profile page ends in a handle such as {@code bluesky:maya.makes}).
 */
@Configuration(proxyBeanMethods = false)
@EnableSpringDataWebSupport(pageSerializationMode = EnableSpringDataWebSupport.PageSerializationMode.VIA_DTO)
class WebConfiguration implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/**")
			.addResourceLocations("classpath:/static/")
			.resourceChain(true)
			.addResolver(new SinglePageAppResolver());
	}

	static final class SinglePageAppResolver extends PathResourceResolver {

		@Override
		protected Resource getResource(String resourcePath, Resource location) throws IOException {
			Resource file = location.createRelative(resourcePath);
			if (!resourcePath.isEmpty() && file.exists() && file.isReadable()) {
				return file;
			}
			if (!isAppRoute(resourcePath)) {
				return null;
			}
			Resource index = location.createRelative("index.html");
			return index.exists() && index.isReadable() ? index : null;
		}

		static boolean isAppRoute(String path) {
			String first = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
			if (first.equals("api") || first.equals("actuator") || first.equals("v3") || first.equals("error")
					|| first.equals("swagger-ui")) {
				return false;
			}
			if (first.equals("assets")) {
				return false;
			}
			return path.contains("/") || !path.contains(".");
		}

	}

}
