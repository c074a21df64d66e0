/**
 * Tiny shared kernel: RFC 9457 problem responses, the base of domain exceptions, paging, the MapStruct
 * configuration and start-up notes. Every module may use it; it uses none.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.reachgraph.shared;
