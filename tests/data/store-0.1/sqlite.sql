-- Recorded by tests/data/store-0.1/record.py from news-monitor 0.1 (b68ac54): the schema of its SQLite file
CREATE TABLE feeds (
	id INTEGER NOT NULL, 
	"key" VARCHAR NOT NULL, 
	config_url VARCHAR NOT NULL, 
	url VARCHAR NOT NULL, 
	etag VARCHAR, 
	last_modified VARCHAR, 
	gone BOOLEAN NOT NULL, 
	last_status INTEGER, 
	last_error VARCHAR, 
	errors_in_row INTEGER NOT NULL, 
	last_polled_at DATETIME, 
	last_ok_at DATETIME, 
	first_polled_at DATETIME, 
	PRIMARY KEY (id), 
	UNIQUE ("key")
);
CREATE TABLE articles (
	id INTEGER NOT NULL, 
	feed_id INTEGER NOT NULL, 
	uid VARCHAR NOT NULL, 
	feed VARCHAR NOT NULL, 
	title VARCHAR NOT NULL, 
	summary VARCHAR NOT NULL, 
	content VARCHAR NOT NULL, 
	link VARCHAR NOT NULL, 
	author VARCHAR NOT NULL, 
	published DATETIME, 
	language VARCHAR, 
	tags VARCHAR NOT NULL, 
	seen_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (feed_id, uid), 
	FOREIGN KEY(feed_id) REFERENCES feeds (id)
);
CREATE INDEX ix_articles_seen ON articles (seen_at);
CREATE TABLE matches (
	id INTEGER NOT NULL, 
	article_id INTEGER NOT NULL, 
	rule VARCHAR NOT NULL, 
	terms VARCHAR NOT NULL, 
	fields VARCHAR NOT NULL, 
	snippet VARCHAR NOT NULL, 
	matched_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (article_id, rule), 
	FOREIGN KEY(article_id) REFERENCES articles (id)
);
CREATE INDEX ix_matches_rule ON matches (rule);
CREATE INDEX ix_matches_article_id ON matches (article_id);
CREATE INDEX ix_matches_matched_at ON matches (matched_at);
CREATE TABLE deliveries (
	id INTEGER NOT NULL, 
	match_id INTEGER NOT NULL, 
	target VARCHAR NOT NULL, 
	status VARCHAR NOT NULL, 
	attempts INTEGER NOT NULL, 
	last_error VARCHAR, 
	sent_urls VARCHAR NOT NULL, 
	next_attempt_at DATETIME NOT NULL, 
	sent_at DATETIME, 
	PRIMARY KEY (id), 
	UNIQUE (match_id, target), 
	FOREIGN KEY(match_id) REFERENCES matches (id)
);
CREATE INDEX ix_deliveries_due ON deliveries (status, next_attempt_at);
