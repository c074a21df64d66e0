package io.reachgraph.collect.internal.jobs;

import org.springframework.data.mongodb.repository.MongoRepository;

interface JobRepository extends MongoRepository<Job, String> {
}
