package io.reachgraph;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(ReachgraphApplication.class);

	@Test
	void modulesOnlyDependOnWhatTheyAllow() {
		modules.verify();
	}

	@Test
	void writesModuleDiagrams() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/modulith-docs")).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
