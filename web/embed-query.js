// The settings embed.html takes from its own address (?lang=en&goal=80): only
// those that cannot reach out. A link, an image or a lead target reaches the
// frame from the page that embeds it (funnel-planner-frame.js), never from a
// crafted link to embed.html. embed.js reads these; the embed builder writes
// them into the iframe's address and everything else as data- attributes.
export const EMBED_QUERY = ['lang', 'goal', 'currency', 'accent', 'share', 'storage', 'views', 'company', 'powered-by'];
