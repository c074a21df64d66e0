package io.reachgraph.graph.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface NetworkRepository extends MongoRepository<Network, String> {

	boolean existsByNameKey(String nameKey);

	Page<Network> findByNameContainingIgnoreCase(String name, Pageable pageable);

}
