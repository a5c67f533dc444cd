-- Each subgraph owns one database; add a line when you add a subgraph.
CREATE DATABASE buurtvolk_teams;
