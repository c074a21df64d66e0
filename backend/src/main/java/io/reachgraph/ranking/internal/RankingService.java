package io.reachgraph.ranking.internal;

import io.reachgraph.graph.GraphStore;
import io.reachgraph.graph.NetworkGraph;
import io.reachgraph.jobs.Job;
import io.reachgraph.jobs.JobService;
import io.reachgraph.jobs.JobType;
import io.reachgraph.ranking.RankingParameters;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** Starts ranking runs and finds them. */
@Service
public class RankingService {

	private final MongoTemplate mongo;

	private final GraphStore graphs;

	private final JobService jobs;

	private final Clock clock;

	RankingService(MongoTemplate mongo, GraphStore graphs, JobService jobs, Clock clock) {
		this.mongo = mongo;
		this.graphs = graphs;
		this.jobs = jobs;
		this.clock = clock;
	}

	public RankingRun start(String networkId, String name, RankingParameters parameters, String createdBy) {
		graphs.network(networkId);
		if (!parameters.seeds().isEmpty() || !parameters.personalization().isEmpty()) {
			NetworkGraph graph = graphs.load(networkId);
			Set<String> ids = new HashSet<>(graph.profileIds());
			List<String> unknown = new ArrayList<>();
			for (String id : parameters.seeds()) {
				if (!ids.contains(id)) {
					unknown.add(id);
				}
			}
			for (String id : parameters.personalization()) {
				if (!ids.contains(id) && !unknown.contains(id)) {
					unknown.add(id);
				}
			}
			if (!unknown.isEmpty()) {
				throw new RankingProblems.InvalidRankingScope("These profiles are not in the network: "
						+ String.join(", ", unknown.stream().limit(10).toList()) + (unknown.size() > 10 ? ", …" : ""));
			}
		}
		String label = name == null || name.isBlank()
				? (parameters.personalization().isEmpty() ? "Ranking" : "Personalised ranking") + " of " + clock.instant()
				: name.strip();
		RankingRun run = mongo.insert(new RankingRun(networkId, label, parameters, createdBy, clock.instant()));
		Job job = jobs.create(JobType.RANKING, networkId, createdBy, new Document("runId", run.getId()).append("name", label),
				null);
		mongo.updateFirst(Query.query(Criteria.where("_id").is(run.getId())), new Update().set("jobId", job.getId()),
				RankingRun.class);
		run.jobId(job.getId());
		return run;
	}

	public RankingRun get(String id) {
		RankingRun run = mongo.findById(id, RankingRun.class);
		if (run == null) {
			throw new RankingProblems.RunNotFound(id);
		}
		return run;
	}

	public RankingRun completed(String id) {
		RankingRun run = get(id);
		if (!run.isComplete()) {
			throw new RankingProblems.RunNotComplete(id);
		}
		return run;
	}

	public Page<RankingRun> list(String networkId, Pageable pageable) {
		Query query = Query.query(Criteria.where("networkId").is(networkId));
		long total = mongo.count(query, RankingRun.class);
		List<RankingRun> runs = mongo.find(query.with(pageable).with(Sort.by(Sort.Direction.DESC, "createdAt")),
				RankingRun.class);
		return new PageImpl<>(runs, pageable, total);
	}

	/** The latest completed run of the same network and scope created before this one, if any. */
	public RankingRun previous(RankingRun run) {
		Query query = Query.query(Criteria.where("networkId").is(run.getNetworkId())
			.and("scopeKey").is(run.getScopeKey())
			.and("complete").is(true)
			.and("createdAt").lt(run.getCreatedAt())).with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(1);
		return mongo.findOne(query, RankingRun.class);
	}

	/** Completed runs of a network, oldest first (for rank history). */
	public List<RankingRun> completedRuns(String networkId, String scopeKey) {
		Criteria criteria = Criteria.where("networkId").is(networkId).and("complete").is(true);
		if (scopeKey != null) {
			criteria = criteria.and("scopeKey").is(scopeKey);
		}
		return mongo.find(Query.query(criteria).with(Sort.by("createdAt")).limit(50), RankingRun.class);
	}

}
