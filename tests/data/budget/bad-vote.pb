META
key;value
budget;100
vote_type;approval
PROJECTS
project_id;cost;name
a;50;Aire de jeux
b;60;Piste
VOTES
voter_id;vote
1;a,b
2;b,z
