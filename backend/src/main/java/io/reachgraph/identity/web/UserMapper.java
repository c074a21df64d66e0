package io.reachgraph.identity.web;

import io.reachgraph.identity.internal.User;
import io.reachgraph.shared.SharedMapperConfig;
import org.mapstruct.Mapper;

@Mapper(config = SharedMapperConfig.class)
interface UserMapper {

	UserResponse toResponse(User user);

}
