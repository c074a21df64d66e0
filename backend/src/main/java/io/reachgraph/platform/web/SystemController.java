package io.reachgraph.platform.web;

import io.reachgraph.platform.RuntimeInfo;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "System")
@RestController
@RequestMapping("/api/system")
class SystemController {

	private final RuntimeInfo runtime;

	SystemController(RuntimeInfo runtime) {
		this.runtime = runtime;
	}

	@Operation(summary = "Version and mode (embedded or production) of this Reachgraph")
	@GetMapping
	SystemResponse system() {
		return new SystemResponse(runtime.version(), runtime.mode());
	}

	record SystemResponse(@NotNull String version, @NotNull String mode) {
	}

}
