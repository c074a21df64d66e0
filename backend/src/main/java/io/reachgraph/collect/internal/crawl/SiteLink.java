package io.reachgraph.collect.internal.crawl;

import java.io.Serializable;

/**
 * Links from the pages read on one site to another site, counted so far. Sent again whenever the counts change: the
 * latest one for a (from, to) pair replaces the earlier ones. The target site need not have been crawled.
 *
 * @param fromDomain registrable domain of the crawled site the links are on
 * @param toDomain   registrable domain they point to
 * @param total      every link ({@code <a href>}) counted once
 * @param followed   links without nofollow, sponsored or ugc
 * @param nofollow   links with {@code rel=nofollow}, or on a page whose robots meta says nofollow
 * @param sponsored  links with {@code rel=sponsored}
 * @param ugc        links with {@code rel=ugc}. A link can carry several of these three
 */
public record SiteLink(String fromDomain, String toDomain, int total, int followed, int nofollow, int sponsored, int ugc)
		implements Serializable {
}
