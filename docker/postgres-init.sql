-- Each subgraph owns one database, and the event bus has its own; add a line when you add a subgraph.
CREATE DATABASE buurtvolk_teams;
CREATE DATABASE buurtvolk_volunteers;
CREATE DATABASE buurtvolk_events;
CREATE DATABASE buurtvolk_activities;
CREATE DATABASE buurtvolk_training;
CREATE DATABASE buurtvolk_finance;
CREATE DATABASE buurtvolk_impact;
CREATE DATABASE buurtvolk_messages;
