package id.sinergi.platform;

/**
 * A push for the open pages of this node: {@code id} (a forum; the inbox channel: a user) changed on {@code channel}, on this node or
 * another one of the cluster ({@link ClusterPush}). The channel's push bean sends it to its sockets.
 */
public record PushArrived(String channel, long id) {
}
